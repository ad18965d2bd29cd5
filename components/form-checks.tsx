"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { problemFrom, type FormProblem } from "./form-problem";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface FormChecksValue {
  problems: ReadonlyMap<string, FormProblem>;
  /** A `Field` says it will show the problems of the control with this id; the returned function undoes it. */
  register: (id: string) => () => void;
}

const FormChecksContext = createContext<FormChecksValue | null>(null);

/**
 * The app's own messages for the browser's field checks (`required`, `minLength`, `type="email"`,
 * `min`/`max`), for every form in the page (WCAG 3.3.1, 3.3.3, 4.1.3). When a form is sent with a field
 * the browser refuses, the browser's bubble is cancelled and instead the `Field` around the control
 * shows the problem beside it (an alert, linked by `aria-describedby`, the control marked invalid),
 * and focus moves to the first such control once its message is in place. Nothing is cleared: the
 * browser refused to send, so every typed word is still there. A message goes when its field is put
 * right. A control that no `Field` shows keeps the browser's bubble, so nothing is ever silent.
 */
export function FormChecks({ children }: { children: ReactNode }) {
  const [problems, setProblems] = useState<ReadonlyMap<string, FormProblem>>(new Map());
  const [focusTarget, setFocusTarget] = useState<{ el: Control } | null>(null);
  const shown = useRef(new Map<string, number>());

  const forget = useCallback((id: string) => {
    setProblems((prev) => {
      if (!prev.has(id)) return prev;
      const next = new Map(prev);
      next.delete(id);
      return next;
    });
  }, []);

  const register = useCallback(
    (id: string) => {
      shown.current.set(id, (shown.current.get(id) ?? 0) + 1);
      return () => {
        const left = (shown.current.get(id) ?? 1) - 1;
        if (left > 0) shown.current.set(id, left);
        else {
          shown.current.delete(id);
          forget(id);
        }
      };
    },
    [forget],
  );

  useEffect(() => {
    // One sending of a form fires one `invalid` event per refused control, in document order, all in
    // the same task: they are gathered and shown together once it is over.
    let batch: Control[] = [];
    let browserShowsOne = false;
    let timer: number | undefined;
    const flush = () => {
      timer = undefined;
      const found = batch;
      const focusFirst = !browserShowsOne;
      batch = [];
      browserShowsOne = false;
      if (found.length === 0) return;
      const forms = new Set(found.map((el) => el.form));
      setProblems((prev) => {
        const next = new Map(prev);
        // Another try at the same form: its old problems are replaced by this try's.
        for (const id of prev.keys()) {
          const el = document.getElementById(id) as Control | null;
          if (el && forms.has(el.form)) next.delete(id);
        }
        for (const el of found) next.set(el.id, problemFrom(el.validity, el));
        return next;
      });
      if (focusFirst) setFocusTarget({ el: found[0]! });
    };
    const onInvalid = (e: Event) => {
      const el = e.target as Control;
      if (el.id && shown.current.has(el.id)) {
        e.preventDefault();
        batch.push(el);
      } else browserShowsOne = true;
      timer ??= window.setTimeout(flush, 0);
    };
    const onEdit = (e: Event) => {
      const el = e.target as Partial<Control> | null;
      if (el?.id && el.validity?.valid) forget(el.id);
    };
    // `invalid` does not bubble, so it is caught on its way down. Edits are read on their way back up
    // to the window, after React has handled them: a state change made before React reads a controlled
    // field's new value would draw the field with its old value and lose what was typed.
    document.addEventListener("invalid", onInvalid, true);
    window.addEventListener("input", onEdit);
    window.addEventListener("change", onEdit);
    return () => {
      document.removeEventListener("invalid", onInvalid, true);
      window.removeEventListener("input", onEdit);
      window.removeEventListener("change", onEdit);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [forget]);

  // After the messages are drawn, so the control is announced together with its message.
  useEffect(() => {
    if (focusTarget?.el.isConnected) focusTarget.el.focus();
  }, [focusTarget]);

  const value = useMemo(() => ({ problems, register }), [problems, register]);
  return <FormChecksContext.Provider value={value}>{children}</FormChecksContext.Provider>;
}

/** The browser-check problem of the control with this id, if any, once the form was sent; registers the id. */
export function useFormProblem(id: string): FormProblem | undefined {
  const checks = useContext(FormChecksContext);
  const register = checks?.register;
  useEffect(() => register?.(id), [register, id]);
  return checks?.problems.get(id);
}

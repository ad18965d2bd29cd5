import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Accessibility statement" };

/*
 * Follows the structure of the UK Government's sample accessibility statement
 * (https://www.gov.uk/government/publications/sample-accessibility-statement) required by the Public
 * Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
 * (https://www.legislation.gov.uk/uksi/2018/952). Colleges run their own copy of the app, so problems
 * are reported to the learner's tutor or the college's own accessibility team.
 */

const PREPARED = "3 December 2026";
const REVIEWED = "6 December 2026";
const LAST_TESTED = "6 December 2026";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-xl font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

const link = "font-medium text-brand-700 underline underline-offset-2";

export default function AccessibilityStatementPage() {
  return (
    <article className="flex max-w-3xl flex-col gap-8 text-slate-800 [&_li]:mt-1 [&_p]:leading-relaxed">
      <PageHeader
        title="Accessibility statement for Hearth & Bean CRM Trainer"
        documentTitle="Accessibility statement"
        description="This statement applies to the Hearth & Bean CRM Trainer: its practice scenarios, demo CRM, insights, class pages for learners and tutors, and reports."
      />

      <Section title="Using this website">
        <p>
          This website is run by the college or training provider that gave you the address. We want as many
          people as possible to be able to use it. For example, that means you should be able to:
        </p>
        <ul className="list-disc pl-6">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>complete every scenario, from the home page to your marked report, using just a keyboard</li>
          <li>see where the keyboard focus is on every page, including on dark backgrounds</li>
          <li>
            use the website with a screen reader: new customer replies, saved actions and errors are announced
          </li>
          <li>read every chart as a table, with a sentence summing up its trend</li>
          <li>turn off animation with your device&apos;s &ldquo;reduce motion&rdquo; setting</li>
        </ul>
        <p>
          We have also made the text as simple as we can.{" "}
          <a className={link} href="https://mcmw.abilitynet.org.uk/">
            AbilityNet
          </a>{" "}
          has advice on making your device easier to use if you have a disability.
        </p>
      </Section>

      <Section title="How accessible this website is">
        <p>We know some parts of this website are not fully accessible:</p>
        <ul className="list-disc pl-6">
          <li>
            wide tables (the customer list, the tutor&apos;s results grid and the live dashboard) scroll
            sideways inside their own box on narrow screens, rather than the whole page
          </li>
          <li>
            the charts on the Insights page cannot be explored point by point with a keyboard or screen
            reader; the same figures are in a data table under each chart
          </li>
          <li>
            the simulated customer&apos;s mood is shown in words and colour; the colours carry no meaning the
            words do not
          </li>
          <li>downloaded CSV results files are plain data and have no accessibility features of their own</li>
        </ul>
      </Section>

      <Section title="Feedback and contact information">
        <p>
          If you need information on this website in a different format, such as large print, an audio
          recording or braille, tell your tutor or contact your college&apos;s accessibility or learning
          support team. They will consider your request and get back to you within 5 working days.
        </p>
      </Section>

      <Section title="Reporting accessibility problems with this website">
        <p>
          We are always looking to improve the accessibility of this website. If you find any problems not
          listed on this page or think we are not meeting accessibility requirements, tell your tutor or
          contact your college&apos;s accessibility or learning support team. Say which page you were on and
          what went wrong; you do not need to give your name.
        </p>
      </Section>

      <Section title="Enforcement procedure">
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector
          Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the
          &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond to your
          complaint, contact the{" "}
          <a className={link} href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          . If you are in Northern Ireland, contact the{" "}
          <a className={link} href="https://www.equalityni.org/Home">
            Equality Commission for Northern Ireland
          </a>
          .
        </p>
      </Section>

      <Section title="Technical information about this website’s accessibility">
        <p>
          The providers of the Hearth &amp; Bean CRM Trainer are committed to making this website accessible,
          in accordance with the{" "}
          <a className={link} href="https://www.legislation.gov.uk/uksi/2018/952">
            Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          </a>
          .
        </p>
        <h3 className="text-lg font-semibold text-slate-900">Compliance status</h3>
        <p>
          This website is partially compliant with the{" "}
          <a className={link} href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </a>{" "}
          AA standard. Our own testing has found no content that fails it, but the website has not yet been
          tested by disabled people or audited independently, so we do not yet claim full compliance.
        </p>
      </Section>

      <Section title="Non-accessible content">
        <p>The content listed below is non-accessible for the following reasons.</p>
        <h3 className="text-lg font-semibold text-slate-900">
          Non-compliance with the accessibility regulations
        </h3>
        <p>
          We know of no content that fails WCAG 2.2 AA at the moment. On {REVIEWED} we found and fixed these
          problems:
        </p>
        <ul className="list-disc pl-6">
          <li>
            the footer, with the link to this statement, was part of the main content, so screen readers&apos;
            list of landmarks had no footer (success criterion 1.3.1)
          </li>
          <li>
            on the report, each time ran into the words after it (&ldquo;09:07First reply&rdquo;) and each
            highlighted phrase into its label (&ldquo;PriyaPersonalised&rdquo;), so screen readers could read
            them as one word; the label is now read in brackets after the phrase (success criterion 1.3.1)
          </li>
          <li>
            saving a written answer or a recommendation in a scenario emptied the box without saying, in a way
            screen readers read out, that it had been saved (success criterion 4.1.3)
          </li>
          <li>
            in the scenarios where nobody contacts you first, saving a recommendation or messaging a colleague
            while looking at Insights moved you to the customer list and lost your place and keyboard focus
            (success criteria 2.4.3 and 3.2.2)
          </li>
          <li>
            the seven &ldquo;How it is calculated&rdquo; explanations on Insights, and the charts&apos;
            &ldquo;Show the figures as a table&rdquo;, all had the same name for screen readers; each now
            names its figure or chart (success criteria 2.4.6 and 4.1.2)
          </li>
        </ul>
        <p>Before that, on 5 December 2026, we found and fixed these:</p>
        <ul className="list-disc pl-6">
          <li>
            a tutor who left the website alone was signed out without warning; a warning now comes first, with
            a button to stay signed in (success criterion 2.2.1)
          </li>
          <li>
            the tutor&apos;s downloads of results said nothing, in a way screen readers read out, while the
            file was prepared or once it was saved (success criterion 4.1.3)
          </li>
          <li>
            in the scenario workspace, the customer record&apos;s sections and the Insights figures were
            headings at the same level as the customer&apos;s name (success criterion 1.3.1)
          </li>
          <li>
            messages such as &ldquo;Saved to the CRM&rdquo; and &ldquo;Note added to the timeline&rdquo; might
            not have been read out by some screen readers, because they appeared in a new part of the page
            rather than one the screen reader was already listening to (success criterion 4.1.3)
          </li>
          <li>
            the full wording of a criterion in the tutor&apos;s results grid closed when the pointer moved
            onto it, and the Escape key closed it only when the column heading had keyboard focus (success
            criterion 1.4.13)
          </li>
          <li>
            the tutor&apos;s live dashboard kept changing by itself with no way to stop it; it now has a
            &ldquo;Pause updates&rdquo; setting (success criterion 2.2.2)
          </li>
          <li>
            why a restarted attempt was set aside was shown only when a mouse pointer rested on it (success
            criterion 1.3.1)
          </li>
          <li>
            page titles did not say which class, scenario, customer or learner a page was about, and a page
            whose content could not be loaded had no heading (success criteria 2.4.2 and 2.4.6)
          </li>
          <li>
            with text at 200%, parts of the report, the Insights figures and the live dashboard overlapped or
            ran off the side of the screen (success criterion 1.4.4)
          </li>
          <li>the scenario&apos;s brief folded itself up a moment after the workspace opened</li>
        </ul>
        <h3 className="text-lg font-semibold text-slate-900">Disproportionate burden</h3>
        <p>We are not claiming that any accessibility problem would be a disproportionate burden to fix.</p>
        <h3 className="text-lg font-semibold text-slate-900">
          Content that’s not within the scope of the accessibility regulations
        </h3>
        <p>Downloaded CSV files of results are data for tutors to open in their own spreadsheet software.</p>
      </Section>

      <Section title="What we’re doing to improve accessibility">
        <p>
          Every change to the website runs automated checks (axe, against the WCAG 2.0, 2.1 and 2.2 A and AA
          rules) on every page, signed out, as a learner and as a tutor, with dialogs and confirmations open;
          checks of focus placement, field errors and the focus indicator&apos;s contrast; on every one of
          those pages, at full width, 820 pixels (a tablet) and 320 pixels wide, a measurement of every
          button, link and field (at least 24 by 24 pixels, or spaced apart) and a check that no text is cut
          off when letters, words, lines and paragraphs are spaced out further (success criterion 1.4.12);
          checks that messages such as &ldquo;Saved&rdquo; appear where screen readers are listening; checks
          that pasting works in the join code and password fields; checks that every page fits a 320 pixel
          wide screen, and fits its window with text at 200%; keyboard-only runs of whole scenarios, from the
          home page to the marked report and, on a 320 pixel wide screen, from a scenario&apos;s brief to its
          report, that measure the focus indicator after every key press and check that every change is
          announced; a keyboard-only run of the tutor&apos;s live dashboard, debrief and downloads; checks
          that nothing sticky covers the focused control in the scenario workspace at 320 pixels wide or with
          text at 200%; keyboard-only runs of a learner&apos;s report and the tutor&apos;s results, mark
          changes and debrief at 320 pixels wide and at 200% zoom; and checks of the page as the browser gives
          it to screen readers (headings in order, landmarks named, every control named, status shown in words
          and not by colour alone) for a learner&apos;s workspace and report and the tutor&apos;s live
          dashboard.
        </p>
        <p>
          Automated checks cannot find every problem, and this website has not yet been tested by disabled
          people or with any screen reader (we check what the browser gives screen readers, not what a screen
          reader says), so there may be problems we do not know about. We plan to test it with learners who
          use assistive technology by July 2027.
        </p>
      </Section>

      <Section title="Preparation of this accessibility statement">
        <p>
          This statement was prepared on {PREPARED}. It was last reviewed on {REVIEWED}.
        </p>
        <p>
          This website was last tested on {LAST_TESTED}. The test was carried out by the development team,
          with automated checks (axe-core) on every page and manual checks of every scenario&apos;s workspace
          (including a phone call, colleagues and Insights), the report and the tutor&apos;s pages, at 1366,
          820 and 320 pixels wide and at 200% zoom, with extra text spacing and with a keyboard alone. It was
          not tested with a screen reader.
        </p>
      </Section>
    </article>
  );
}

/** The tRPC error a call is refused with (its code and message); fails the test if the call succeeds. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}

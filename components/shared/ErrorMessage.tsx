/** An error in words, announced at once (role="alert"); nothing when there is none. */
export function ErrorMessage({ text }: { text: string | null | undefined }) {
  return text ? (
    <p class="error" role="alert">
      {text}
    </p>
  ) : null;
}

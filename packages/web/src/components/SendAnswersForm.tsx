// The end of a check-your-answers page: what sending does, the send button, and a status line
// that screen readers announce while the answers are on their way.
interface SendAnswersFormProps {
  heading: string;
  body: string;
  /** The button's id (tests and error links use it). */
  id: string;
  label: string;
  sendingText: string;
  sending: boolean;
  onSend: () => Promise<void>;
}

export function SendAnswersForm(p: SendAnswersFormProps) {
  return (
    <>
      <h2 className="nhsuk-heading-m">{p.heading}</h2>
      <p className="nhsuk-body">{p.body}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void p.onSend();
        }}
      >
        <button
          className="nhsuk-button"
          type="submit"
          id={p.id}
          aria-disabled={p.sending || undefined}
        >
          {p.label}
        </button>
        <p className="nhsuk-body" role="status">
          {p.sending ? p.sendingText : ''}
        </p>
      </form>
    </>
  );
}

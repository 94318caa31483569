/** The form-level error: announced when it appears, focusable so focus can be sent to it. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className="form-error-region">
      {message && (
        <p className="form-error" tabIndex={-1}>
          {message}
        </p>
      )}
    </div>
  );
}

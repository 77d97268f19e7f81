/** A person's profile (placeholder). */
export function PersonPage({ userId }: { readonly userId: string }) {
  return <div className="kring-page" data-placeholder={userId} />;
}

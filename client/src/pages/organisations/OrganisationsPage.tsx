/** The instance's organisations (placeholder). */
export function OrganisationsPage() {
  return <div className="kring-page" />;
}

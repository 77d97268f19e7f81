/** A community's stakeholder map (placeholder). */
export function StakeholderMapPage({ slug }: { readonly slug: string }) {
  return <div className="kring-page" data-placeholder={slug} />;
}

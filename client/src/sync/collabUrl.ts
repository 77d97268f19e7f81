/** Base websocket URL of the collaboration endpoint on the page's own origin. */
export function collabBaseUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab`;
}

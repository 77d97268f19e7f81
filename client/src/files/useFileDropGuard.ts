import { useEffect } from 'react';

/** Where dropping a file is handled (or native): upload areas, file inputs, the editor. */
const DROP_TARGETS = '.kring-dropzone, input[type="file"], [contenteditable="true"]';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

function outsideTargets(event: DragEvent): boolean {
  const target = event.target;
  return !(target instanceof Element && target.closest(DROP_TARGETS) !== null);
}

/**
 * While mounted, a file dropped next to an upload area does nothing, instead of the browser
 * leaving the app to show the file. Drops on upload areas, file inputs and the editor are
 * untouched.
 */
export function useFileDropGuard(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event) || !outsideTargets(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'none';
    };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event) || !outsideTargets(event)) return;
      event.preventDefault();
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}

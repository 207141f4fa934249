/**
 * The guidance section adds nothing to the start page: the shell's "What do I do now?" button
 * already leads to /guidance/now, and a widget would pull the guidance strings into the
 * start page's JavaScript budget (measured: +5.5 KB gzip). The next siren test is shown in the
 * siren trainer instead.
 */
export function HomeWidget() {
  return null;
}

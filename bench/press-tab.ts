/**
 * A mouse press on a tab, as the browser sends it: Radix Tabs (and the floor) switch level on
 * mousedown. The benchmark and the floor's markup test press tabs the same way.
 */
export function pressTab(tab: Element): void {
  const options = { bubbles: true, cancelable: true, button: 0 };
  tab.dispatchEvent(new PointerEvent('pointerdown', options));
  tab.dispatchEvent(new MouseEvent('mousedown', options));
  tab.dispatchEvent(new PointerEvent('pointerup', options));
  tab.dispatchEvent(new MouseEvent('mouseup', options));
  tab.dispatchEvent(new MouseEvent('click', options));
}

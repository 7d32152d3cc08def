/**
 * Share of amber pixels (the direct-quote background) in a PNG screenshot given as base64. It runs inside a page
 * (`page.evaluate(amberShareOfPng, base64)`, in Playwright and Puppeteer alike), which decodes the image: so it must
 * stay self-contained, with no imports and no named inner functions.
 */
export async function amberShareOfPng(png: string): Promise<number> {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const c = new OffscreenCanvas(img.width, img.height).getContext('2d') as OffscreenCanvasRenderingContext2D;
  c.drawImage(img, 0, 0);
  const d = c.getImageData(0, 0, img.width, img.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i + 2] < d[i + 1] - 30) n++;
  return n / (d.length / 4);
}

import type { ChartPicture } from './bar-chart';

/**
 * Paints the chart's SVG on a canvas at twice its size (sharp on high-density screens and in
 * print) and returns PNG bytes, through the browser's own image decoding and `canvas.toBlob`
 * (no library). The SVG is self-contained, so no outside resource taints the canvas.
 */
export async function chartPng(picture: ChartPicture, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.width * scale;
    canvas.height = picture.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, picture.width, picture.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture could not be encoded as PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

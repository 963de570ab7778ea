// Objects that write a file where their save(path) says (the path sink is in ../flask/model.ts):
// Pillow images and office documents. An image opened from an upload keeps the upload's data.
import type { FrameworkModel } from '../model.js';

const IMAGE_METHODS = ['convert', 'resize', 'crop', 'rotate', 'copy', 'transpose', 'filter', 'reduce'];

export const filesModel: FrameworkModel = {
  name: 'files',
  // ImageMath evaluates its expression as Python (unsafe_eval and, before Pillow 10.3, eval).
  sinks: [{ kind: 'code', callees: ['PIL.ImageMath.eval', 'PIL.ImageMath.unsafe_eval', 'PIL.ImageMath.lambda_eval'], args: [0], kwargs: ['expression'] }],
  objects: [
    { callees: ['PIL.Image.open', 'PIL.Image.new', 'PIL.Image.fromarray', 'PIL.Image.frombytes', 'PIL.ImageOps.exif_transpose', 'PIL.ImageOps.fit'], obj: 'image', keepTaint: true },
    { methods: IMAGE_METHODS, receivers: ['image'], obj: 'image', keepTaint: true },
    { callees: ['openpyxl.Workbook', 'openpyxl.load_workbook', 'openpyxl.workbook.Workbook', 'docx.Document', 'pptx.Presentation'], obj: 'file-document' },
  ],
};

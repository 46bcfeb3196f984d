import mammoth from 'mammoth';
import type { ExtractedText, ExtractInput } from './ExtractedText';
import { ExtractionError } from './ExtractionError';
import { htmlToText } from './htmlToText';
import { normaliseText } from './normaliseText';

/** Images are not text: replace each with an empty `<img>` instead of inlining it as a data URI. */
const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Word documents (.docx) via mammoth's HTML conversion, so paragraph styles Heading1..Heading6 become
 * `#`..`######` headings, lists become `- ` lines and tables ` | ` rows. Linked external files are never
 * read and images are skipped. A corrupt or truncated file throws an ExtractionError naming the file.
 */
export async function extractDocx(input: ExtractInput): Promise<ExtractedText> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: input.bytes },
      { convertImage: SKIP_IMAGES, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw ExtractionError.wrap(input.fileName, error);
  }
  const { text } = await htmlToText(html);
  return { text: normaliseText(text), frontMatter: {} };
}

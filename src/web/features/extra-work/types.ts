import type { Answer, BodyOf } from '../../api/paths';

export type ExtraWork = Answer<'/extra-work/{id}'>;
export type ExtraWorkItem = ExtraWork['items'][number];
export type RefusedWork = Answer<'/vehicles/{id}/refused-work'>['items'][number];
export type PublicExtraWork = Answer<'/public/extra-work/{token}'>;
export type ExtraWorkReport = BodyOf<'post', '/work-orders/{id}/extra-work'>;

/** One colour per status (the label is always written too: never colour alone). */
export const STATUS_COLORS: Record<ExtraWork['status'], string> = {
  reported: 'orange',
  priced: 'blue',
  sent: 'processing',
  approved: 'success',
  partly_approved: 'cyan',
  refused: 'default',
  expired: 'error',
};

/** Read a picked file as a data URL (the API takes base64). */
export const readAsDataUrl = (f: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const MAX_PHOTOS = 6;

// The words of the mail writer (mime.ts): its two guards, which stop a message that would carry an
// address or a Message-ID no header may hold (the caller checks both first: these are internal errors).
// Composed by say() (model/words.ts).

import { w, type Catalogue } from '../model/words.js';

export const MIME_WORDS = {
  notAddress: w((v) => `not an address: ${v['address']}`, (v) => `bukan alamat surel: ${v['address']}`),
  notMessageId: w((v) => `not a message id: ${v['id']}`, (v) => `bukan Message-ID: ${v['id']}`),
} satisfies Catalogue;

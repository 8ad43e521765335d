/** A job description after reading: its text (headings kept) and what the file said about it. */
export interface JobSource {
  /** Readable text of the posting; requirement extraction reads its headings and bullets. */
  text: string;
  title?: string;
  company?: string;
  sourceType: 'pdf' | 'docx' | 'text' | 'markdown' | 'json';
}

/** A brand text: the file slug and its Markdown. */
export type BrandText = { slug: string; md: string };

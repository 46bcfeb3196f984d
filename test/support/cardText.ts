/** Every `text` and `title` string inside an Adaptive Card (or any JSON), in document order, joined by newlines. */
export function cardText(node: unknown): string {
  const parts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'text' || key === 'title') && typeof child === 'string') parts.push(child);
        else visit(child);
      }
    }
  };
  visit(node);
  return parts.join('\n');
}

/** Every link target inside a card: `url` fields and markdown links `[text](url)` in text. */
export function cardUrls(node: unknown): string[] {
  const urls: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'url' && typeof child === 'string') urls.push(child);
        else if (key === 'text' && typeof child === 'string') {
          for (const match of child.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) urls.push(match[1] as string);
        } else visit(child);
      }
    }
  };
  visit(node);
  return urls;
}

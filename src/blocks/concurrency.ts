/**
 * `fn` over every item, at most `limit` at a time, results in the items' order. Each worker takes the next
 * item when its last one is done, so work that is partly synchronous (compressing) and partly waiting
 * (writing) keeps both the thread and the I/O busy.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

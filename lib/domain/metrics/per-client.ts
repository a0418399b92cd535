/**
 * Per-client figures from the same facts a team figure uses: group by client, then apply the
 * one metric definition to each group. Clients with no facts do not appear; the caller knows
 * its client list and shows "no data" for them.
 */
export function groupByClient<TFact extends { readonly clientId: string }>(
  facts: readonly TFact[],
): Map<string, TFact[]> {
  const groups = new Map<string, TFact[]>();
  for (const fact of facts) {
    const group = groups.get(fact.clientId);
    if (group === undefined) groups.set(fact.clientId, [fact]);
    else group.push(fact);
  }
  return groups;
}

export function perClient<TFact extends { readonly clientId: string }, TFigure>(
  facts: readonly TFact[],
  metric: (clientFacts: readonly TFact[]) => TFigure,
): { readonly clientId: string; readonly figure: TFigure }[] {
  return [...groupByClient(facts)].map(([clientId, clientFacts]) => ({ clientId, figure: metric(clientFacts) }));
}

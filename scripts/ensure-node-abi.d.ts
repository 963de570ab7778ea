export function nodeAbiPlan(root: string): { rebuild: boolean; reason: string };

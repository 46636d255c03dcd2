"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { applyCampaignBudget } from "@/lib/actions/apply-campaign-budget";
import type { BudgetInputs } from "@/lib/campaigns/budget/budget-rows";
import {
  campaignTotals, evaluateBudgetSplit, proposeBudgetSplit, type AllocationReason, type BudgetTier,
} from "@/lib/campaigns/budget-split";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";

const cell = "w-24 rounded-md border border-slate-300 px-2 py-1 text-right text-sm";

/**
 * Proposes how many customers of each target to contact for the budget,
 * shows what any split is expected to return, and lets the user change
 * responses and contacts before applying the split (drafts only).
 */
export function BudgetAssistant({ campaignId, inputs, labels, editable, currency, locale, t }: {
  campaignId: number;
  inputs: BudgetInputs;
  labels: Record<number, string>;
  editable: boolean;
  currency: string;
  locale: Locale;
  t: Messages["campaigns"];
}) {
  const router = useRouter();
  const f = formatters(locale);
  const b = t.budget;
  const [total, setTotal] = useState(String(inputs.budget));
  const [responses, setResponses] = useState(inputs.rows.map((r) => String(Math.round(r.expectedResponse * 10_000) / 100)));
  const [contacts, setContacts] = useState(inputs.rows.map((r) => Math.min(r.size, r.contactLimit ?? r.size)));
  const [reasons, setReasons] = useState<Record<string, AllocationReason>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const forContacts = Math.max(0, (Number(total) || 0) - inputs.fixedCost);
  const tiers: BudgetTier[] = inputs.rows.map((r, i) => ({
    id: String(r.targetId),
    size: r.size,
    expectedResponseRate: Math.min(1, Math.max(0, (Number(responses[i]) || 0) / 100)),
    valuePerResponse: r.valuePerResponse,
    marginRate: inputs.marginRate,
    costPerContact: inputs.costPerContact,
    fixedCost: 0,
  }));
  const split = Object.fromEntries(inputs.rows.map((r, i) => [String(r.targetId), Math.min(r.size, Math.max(0, Math.round(contacts[i])))]));
  const projection = evaluateBudgetSplit(tiers, split, forContacts);
  const totals = campaignTotals(projection.totals, inputs.fixedCost);
  const money = (n: number) => f.money(n, currency);
  const roi = (n: number | null) => (n === null ? "—" : f.percent(n));

  const propose = () => {
    const proposal = proposeBudgetSplit(tiers, forContacts);
    setContacts(inputs.rows.map((r) => proposal.tiers.find((p) => p.id === String(r.targetId))!.contacts));
    setReasons(proposal.reasons);
  };
  const apply = () =>
    startTransition(async () => {
      const result = await applyCampaignBudget({
        campaignId,
        budget: Number(total) || 0,
        targets: inputs.rows.map((r, i) => ({
          targetId: r.targetId,
          expectedResponse: tiers[i].expectedResponseRate,
          contactLimit: split[String(r.targetId)] >= r.size ? null : split[String(r.targetId)],
        })),
      });
      setMessage(result.ok ? b.applied : t.errors[result.error]);
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500">{b.hint}</p>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label>
          <span className="mb-1 block text-slate-600">{b.total}</span>
          <input type="number" min={0} step="0.01" value={total} onChange={(e) => setTotal(e.target.value)} className={cell} />
        </label>
        <span className="text-slate-600">
          {f.labelled(b.fixed, "")}<b className="tabular">{money(inputs.fixedCost)}</b>
        </span>
        <span className="text-slate-600">
          {f.labelled(b.forContacts, "")}<b className="tabular">{money(forContacts)}</b>
        </span>
        <button type="button" onClick={propose} className="rounded-md border border-slate-300 px-3 py-1.5">{b.propose}</button>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-xs text-slate-500 uppercase">
            <tr className="border-b border-slate-200">
              {[b.target, b.size, b.expectedResponse, b.value, b.contacts, b.cost, b.responders, b.margin, b.roi].map((h, i) => (
                <th key={h} className={`px-2 py-2 font-semibold ${i === 0 ? "text-left" : "text-right"}`}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inputs.rows.map((r, i) => {
              const p = projection.tiers[i];
              const reason = reasons[String(r.targetId)];
              return (
                <tr key={r.targetId} className="border-b border-slate-100">
                  <td className="px-2 py-2">
                    <div className="font-medium">{labels[r.targetId]}</div>
                    <div className="text-xs text-slate-500">
                      {fill(b.source[r.responseSource], { count: r.measuredCampaigns })}{reason ? ` · ${b.reasons[reason]}` : ""}
                    </div>
                  </td>
                  <td className="tabular px-2 py-2 text-right">{f.integer(r.size)}</td>
                  <td className="px-2 py-2 text-right">
                    <input type="number" min={0} max={100} step="0.1" value={responses[i]} aria-label={`${b.expectedResponse} ${labels[r.targetId]}`}
                      onChange={(e) => setResponses((all) => all.map((v, k) => (k === i ? e.target.value : v)))} className={cell} />
                  </td>
                  <td className="tabular px-2 py-2 text-right">{money(r.valuePerResponse)}</td>
                  <td className="px-2 py-2 text-right">
                    <input type="number" min={0} max={r.size} step={1} value={contacts[i]} aria-label={`${b.contacts} ${labels[r.targetId]}`}
                      onChange={(e) => setContacts((all) => all.map((v, k) => (k === i ? Number(e.target.value) : v)))} className={cell} />
                  </td>
                  <td className="tabular px-2 py-2 text-right">{money(p.cost)}</td>
                  <td className="tabular px-2 py-2 text-right">{f.decimal(p.expectedResponders)}</td>
                  <td className="tabular px-2 py-2 text-right">{money(p.expectedMargin)}</td>
                  <td className="tabular px-2 py-2 text-right">{roi(p.roi)}</td>
                </tr>
              );
            })}
            <tr className="font-semibold">
              <td className="px-2 py-2">{b.total_row}</td><td /><td /><td />
              <td className="tabular px-2 py-2 text-right">{f.integer(totals.contacts)}</td>
              <td className="tabular px-2 py-2 text-right">{money(totals.cost)}</td>
              <td className="tabular px-2 py-2 text-right">{f.decimal(totals.expectedResponders)}</td>
              <td className="tabular px-2 py-2 text-right">{money(totals.expectedMargin)}</td>
              <td className="tabular px-2 py-2 text-right" data-testid="budget-roi">{roi(totals.roi)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className={`text-sm ${projection.overBudget ? "text-red-700" : "text-slate-600"}`}>
        {projection.overBudget
          ? fill(b.overBudget, { amount: money(-projection.unspent) })
          : fill(b.unspent, { amount: money(projection.unspent) })}
      </p>
      <div className="flex items-center gap-3">
        <button type="button" onClick={apply} disabled={!editable || pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">{b.apply}</button>
        {!editable && <span className="text-xs text-slate-500">{b.draftOnly}</span>}
        {message && <span role="status" className="text-sm text-slate-700">{message}</span>}
      </div>
    </div>
  );
}

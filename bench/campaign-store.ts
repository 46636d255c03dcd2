import type { Db } from "@/db/client";

/** 2024-07-01, the benchmark campaign's send day. */
export const SEND_DAY = 19905;

/** A deterministic pseudo-random stream, so every run seeds the same store. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Writes `size` profiles with metrics, an email each, consent events, and earlier touches. */
export function seedStore(db: Db, size: number): void {
  const sqlite = db.$client;
  const next = random(7);
  const tier = (u: number) => (u < 0.01 ? "vip" : u < 0.05 ? "gold" : u < 0.2 ? "silver" : u < 0.5 ? "bronze" : "base");
  sqlite.exec(`INSERT INTO users (email, name, role, password_hash) VALUES ('bench@local', 'bench', 'admin', 'x');
    INSERT INTO sources (key, label) VALUES ('bench', 'bench');
    INSERT INTO imports (source_id, file_name, preset, status, created_by) VALUES (1, 'bench', 'bench', 'done', 'bench');
    INSERT INTO campaigns (name, goal, status, start_day, end_day, attribution_days, holdout_share, currency, margin_rate)
      VALUES ('earlier', 'retain', 'live', ${SEND_DAY - 3}, ${SEND_DAY + 10}, 30, 0.1, 'USD', 0.3);`);
  const statements = {
    profile: sqlite.prepare("INSERT INTO profiles (id, key, email) VALUES (?, ?, ?)"),
    identifier: sqlite.prepare("INSERT INTO identifiers (id, kind, value, profile_id) VALUES (?, 'email', ?, ?)"),
    metrics: sqlite.prepare(`INSERT INTO customer_metrics (profile_id, orders, revenue_minor, value_minor, tier, stage)
      VALUES (?, ?, ?, ?, ?, 'active')`),
    consent: sqlite.prepare(`INSERT INTO consent_events (identifier_id, profile_id, channel, status, changed_at, source_id, import_id)
      VALUES (?, ?, 'email', ?, ?, 1, 1)`),
    order: sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id, profile_id, ordered_at, day, amount_minor, currency, import_id)
      VALUES (1, ?, ?, ?, '2024-06-01 10:00:00', ?, 4000, 'USD', 1)`),
    touch: sqlite.prepare("INSERT INTO campaign_members VALUES (1, ?, ?, 0, 0, 0)"),
  };
  sqlite.transaction(() => {
    for (let id = 1; id <= size; id++) {
      const email = `p${id}@bench.example`;
      statements.profile.run(id, `email:${email}`, email);
      statements.identifier.run(id, email, id);
      statements.metrics.run(id, 3, 12_000, 12_000, tier(next()));
      const consent = next();
      if (consent < 0.97) statements.consent.run(id, id, "subscribed", "2023-01-01 00:00:00");
      if (consent >= 0.8 && consent < 0.92) statements.consent.run(id, id, "unsubscribed", "2024-03-01 00:00:00");
      if (consent >= 0.92 && consent < 0.97) statements.consent.run(id, id, "cleaned", "2024-04-01 00:00:00");
      statements.order.run(`o${id}`, id, id, SEND_DAY - 1 - Math.floor(next() * 60));
      if (next() < 1 / 3) statements.touch.run(id, id);
    }
  })();
}

import { Card } from "@/components/ui/card";
import { Definitions } from "@/components/ui/definitions";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { describeModels } from "@/lib/metrics/describe-models";
import { readSummary } from "@/lib/metrics/summary";
import { readSettings } from "@/lib/settings/read-settings";
import { formDefaults } from "@/lib/settings/settings-form";
import { listUsers } from "@/lib/users/manage-users";

import { CampaignSettingsForm } from "./campaign-settings-form";
import { AccessButton, AddUserForm, PasswordReset, RoleSelect } from "./user-forms";
import { ValueSettingsForm } from "./value-settings-form";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.nav.settings);

export default async function SettingsPage() {
  const me = await requirePageRole(["admin"]);
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const db = getDb();
  const users = listUsers(db);
  const models = readSettings(db, "models");
  const general = readSettings(db, "general");
  const summary = readSummary(db);
  return (
    <>
      <PageHeader title={t.settings.title} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card title={t.settings.users}>
          <Table>
            <thead>
              <tr>
                <Th>{t.settings.email}</Th><Th>{t.settings.name}</Th><Th>{t.settings.role}</Th>
                <Th>{t.settings.access}</Th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <Td>{user.email}</Td>
                  <Td>{user.name}</Td>
                  <Td><RoleSelect userId={user.id} role={user.role} roles={t.roles} t={t.settings} disabled={user.id === me.id} /></Td>
                  <Td>
                    {user.disabledAt && (
                      <span className="mb-1 block whitespace-nowrap text-xs text-slate-500">
                        {fill(t.settings.accessRemoved, { date: f.day(user.disabledAt) })}
                      </span>
                    )}
                    {user.id !== me.id && <AccessButton user={user} t={t.settings} />}
                    <PasswordReset userId={user.id} t={t.settings} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title={t.settings.addUser}>
          <AddUserForm roles={t.roles} t={t.settings} />
        </Card>
        <Card title={t.campaigns.settings.title} className="xl:col-span-2">
          <CampaignSettingsForm values={readSettings(db, "campaigns")} t={t.campaigns.settings}
            currency={resolveBaseCurrency(db, general.baseCurrency)} />
        </Card>
        <Card title={t.valueSettings.title} className="xl:col-span-2">
          <ValueSettingsForm values={formDefaults(models, general)} currency={summary.currency} t={t} locale={locale} />
          <Definitions label={t.definitions.label} lines={Object.values(describeModels(t, f, { models, general, currency: summary.currency }))} />
        </Card>
      </div>
    </>
  );
}

import { and, eq } from 'drizzle-orm';
import { daysBetween, localDate } from '../../../domain/mer/calendar.js';
import { reminderDays } from '../../../domain/mer/obligations.js';
import { subtreeIds } from '../../../domain/units.js';
import type { Services } from '../../context.js';
import { enqueueEmails, type TOutgoingEmail } from '../notify/outbox.usecases.js';
import { roleDirectory, unique } from '../notify/recipients.js';
import { units } from '../orgs/orgs.table.js';
import { campaignReminder } from './campaign-messages.js';
import { biaCampaigns, unitBias } from './bia.table.js';

const CATCH_UP_DAYS = 2;

/**
 * For each open BIA campaign, reminds the focal points and plan owners of every unit whose
 * BIA is not yet submitted: 30 and 7 days before the due date, on the day, then weekly with
 * the coordinator who launched it in copy. Keyed like every reminder: sent once.
 */
export async function queueCampaignReminders(services: Services, publicUrl: string): Promise<number> {
  const db = services.db;
  const campaigns = await db.select().from(biaCampaigns).where(eq(biaCampaigns.state, 'open'));
  const now = services.clock.now();
  const emails: TOutgoingEmail[] = [];
  for (const campaign of campaigns) {
    const orgUnits = await db.select().from(units).where(eq(units.orgId, campaign.orgId));
    const root = orgUnits.find((u) => u.id === campaign.rootUnitId)!;
    const today = localDate(now, root.timeZone);
    const due = reminderDays(campaign.dueDate, today).filter((r) => daysBetween(r.on, today) <= CATCH_UP_DAYS);
    if (due.length === 0) continue;
    const covered = subtreeIds(orgUnits, campaign.rootUnitId);
    const states = new Map((await db.select({ unitId: unitBias.unitId, state: unitBias.state }).from(unitBias).where(and(eq(unitBias.orgId, campaign.orgId)))).map((s) => [s.unitId, s.state]));
    const directory = await roleDirectory(db, campaign.orgId, ['focal_point', 'plan_owner', 'bc_coordinator']);
    for (const unit of orgUnits.filter((u) => covered.has(u.id))) {
      const state = states.get(unit.id);
      if (state === 'submitted' || state === 'approved') continue;
      for (const reminder of due) {
        const responsible = directory.nearest(unit.id, ['focal_point', 'plan_owner']);
        const recipients = reminder.kind === 'escalation' ? unique([...responsible, ...directory.nearest(campaign.rootUnitId, ['bc_coordinator'])]) : responsible;
        for (const r of recipients) {
          const message = campaignReminder(r.language, { campaign: campaign.title, unitName: unit.name, dueOn: campaign.dueDate, daysLate: daysBetween(campaign.dueDate, today), link: `${publicUrl}/orgs/${campaign.orgId}/bia?unitId=${unit.id}` });
          emails.push({ orgId: campaign.orgId, to: r.email, personId: r.personId, language: r.language, ...message, dedupeKey: `bia-campaign:${campaign.id}:${unit.id}:${reminder.kind}@${reminder.on}:${r.email}` });
        }
      }
    }
  }
  return enqueueEmails(db, now, emails);
}

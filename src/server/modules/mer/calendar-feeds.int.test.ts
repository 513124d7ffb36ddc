import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { foldLine } from '../../../domain/mer/ics.js';

let t: TestApp;
let f: OrgFixture;
let planId: string;
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  planId = (await client(t, f.at.focal_point).post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'security', title: 'Plan de sécurité; évacuation, « Kampala »' })).body.id;
  await client(t, f.at.focal_point).post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.otherCountry, type: 'security', title: 'Other office plan' });
});
afterAll(() => t.close());

const feeds = () => `/api/orgs/${f.orgId}/mer/calendar-feeds`;
const fetchFeed = (path: string) => t.app.inject({ method: 'GET', url: path });

describe('calendar feeds', () => {
  it('publish what is due for the person as a valid iCalendar that a real parser reads', async () => {
    const created = await client(t, f.country.focal_point).post(feeds(), { scope: 'mine' });
    expect(created.status).toBe(201);
    expect(created.body.path).toMatch(/^\/api\/calendar\/ormscal_[A-Za-z0-9_-]{32}\.ics$/);
    const res = await fetchFeed(created.body.path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    // The country office's plan (approval, update, functional test) and the office's own awareness action plan.
    expect(events).toHaveLength(4);
    const awareness = events.find((e) => e.uid === `${f.unit.country}-awareness_plan-2026-03-02@orms`)!;
    expect(awareness.summary).toBe('Awareness action plan: CO office (CO office)');
    expect(awareness.component.getFirstPropertyValue('url')).toMatch(new RegExp(`^http://.+/orgs/${f.orgId}/training$`));
    const approval = events.find((e) => e.uid === `${planId}-plan_approval-2026-03-02@orms`)!;
    expect(approval.summary).toBe('Approval of the plan: Plan de sécurité; évacuation, « Kampala » (CO office)');
    expect(approval.startDate.isDate).toBe(true);
    expect(approval.startDate.toString()).toBe('2026-03-02');
    expect(approval.endDate.toString()).toBe('2026-03-03');
    expect(approval.description).toContain('never done since 2026-03-02');
    expect(approval.component.getFirstPropertyValue('url')).toMatch(new RegExp(`^http://.+/orgs/${f.orgId}/plans/${planId}$`));
  });

  it("follow the unit a coordinator subscribes to, and only the owner's feeds are listed and revocable", async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const created = await coordinator.post(feeds(), { scope: 'unit', unitId: f.unit.region });
    const events = new ICAL.Component(ICAL.parse((await fetchFeed(created.body.path)).body)).getAllSubcomponents('vevent');
    // Two plans of the region's subtree, three obligations each, and the awareness plan of each office with a plan.
    expect(events).toHaveLength(8);
    expect((await coordinator.get(feeds())).body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    expect((await client(t, f.at.executive).get(feeds())).body.items).toEqual([]);
    const before = await snapshotCounts(t);
    expect((await client(t, f.at.executive).delete(`${feeds()}/${created.body.id}`)).status).toBe(404);
    expect(await snapshotCounts(t)).toEqual(before);
    expect((await coordinator.delete(`${feeds()}/${created.body.id}`)).status).toBe(204);
    expect((await fetchFeed(created.body.path)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/orgs/${f.orgId}/audit?entityType=calendar_feed&entityId=${created.body.id}`)).body.items.map((i: { action: string }) => i.action)).toEqual(['calendar_feed.revoked', 'calendar_feed.created']);
  });

  it('refuse a unit the caller does not follow, and unknown or malformed secrets', async () => {
    expect((await client(t, f.country.focal_point).post(feeds(), { scope: 'unit', unitId: f.unit.otherCountry })).status).toBe(404);
    expect((await client(t, f.country.focal_point).post(feeds(), { scope: 'unit' })).body.error.issues[0].path).toBe('body.unitId');
    expect((await client(t, f.country.focal_point).post(feeds(), { scope: 'mine', unitId: f.unit.country })).status).toBe(400);
    expect((await fetchFeed(`/api/calendar/ormscal_${'A'.repeat(32)}.ics`)).statusCode).toBe(404);
    expect((await fetchFeed('/api/calendar/nope.ics')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: feeds() })).statusCode).toBe(401);
  });

  it('fold long lines without splitting a character', () => {
    const line = `SUMMARY:${'计划审批'.repeat(30)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
  });
});

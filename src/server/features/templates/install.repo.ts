/**
 * The inserts of a template installation: a whole network and organization created in one transaction, before
 * any of the features that later own these rows has anything to check against.
 */
import type { Db, Tx } from '../../db/client.js';
import { assignments, certifications, counters, departments, employees, positionLinks, positions, servicePoints, teams, users } from '../../db/schema.js';

type Q = Db | Tx;

export async function insertServicePoint(q: Q, v: typeof servicePoints.$inferInsert) {
  await q.insert(servicePoints).values(v);
}
export async function insertDepartment(q: Q, v: typeof departments.$inferInsert) {
  await q.insert(departments).values(v);
}
export async function insertPosition(q: Q, v: typeof positions.$inferInsert) {
  await q.insert(positions).values(v);
}
export async function insertPositionLinks(q: Q, rows: (typeof positionLinks.$inferInsert)[]) {
  if (rows.length) await q.insert(positionLinks).values(rows);
}
export async function insertTeam(q: Q, v: typeof teams.$inferInsert) {
  await q.insert(teams).values(v);
}
export async function insertEmployee(q: Q, v: typeof employees.$inferInsert) {
  await q.insert(employees).values(v);
}
export async function insertAssignment(q: Q, v: typeof assignments.$inferInsert) {
  await q.insert(assignments).values(v);
}
export async function insertCertifications(q: Q, rows: (typeof certifications.$inferInsert)[]) {
  if (rows.length) await q.insert(certifications).values(rows);
}
/** Start a point's counter at `value` (the next number is value + 1). */
export async function insertCounter(q: Q, v: typeof counters.$inferInsert) {
  await q.insert(counters).values(v);
}
export async function insertUser(q: Q, v: typeof users.$inferInsert) {
  const [row] = await q.insert(users).values(v).returning();
  return row;
}

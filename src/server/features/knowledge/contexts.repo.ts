/**
 * Where the 技术支持 panel is opened beyond the work order and the job: the warranty claim and the field visit. A
 * read-only query module of the knowledge feature — it reads the claim's car and fault, and the visit's product and
 * reported fault, and nothing else of those features' tables (their writes stay theirs).
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { fieldProducts, fieldRequests, fieldUnits, fieldVisits, warrantyClaims } from '../../db/schema.js';

type Q = Db | Tx;

export async function claimContext(q: Q, id: string) {
  const [row] = await q
    .select({
      servicePointId: warrantyClaims.servicePointId,
      vehicleId: warrantyClaims.vehicleId,
      faultCode: warrantyClaims.faultCode,
      faultDescription: warrantyClaims.faultDescription,
    })
    .from(warrantyClaims)
    .where(eq(warrantyClaims.id, id));
  return row;
}

export async function visitContext(q: Q, id: string) {
  const [row] = await q
    .select({ servicePointId: fieldVisits.servicePointId, product: fieldProducts.model, productName: fieldProducts.name, fault: fieldRequests.fault })
    .from(fieldVisits)
    .innerJoin(fieldUnits, eq(fieldUnits.id, fieldVisits.unitId))
    .innerJoin(fieldProducts, eq(fieldProducts.id, fieldUnits.productId))
    .leftJoin(fieldRequests, eq(fieldRequests.id, fieldVisits.requestId))
    .where(eq(fieldVisits.id, id));
  return row;
}

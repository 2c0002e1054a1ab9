/** Identifiers of vehicles, organisations and people met at reception: VIN, USCC, plate, phone. */

/** VIN (车架号): normalized form, check digit, validation with the imported-vehicle override. */
export { normalizeVin, validateVin, vinCheckDigit } from './vin.js';
export type { VinErrorCode, VinResult } from './vin.js';
/** Offline VIN decoding: maker from the WMI, model year from position 10. */
export { WMI, decodeVin, modelYearOf } from './vin-decode.js';
export type { Manufacturer, VinDecoded } from './vin-decode.js';
/** Unified social credit code (统一社会信用代码) of company customers and insurers. */
export { normalizeUscc, usccCheckChar, validateUscc } from './uscc.js';
export type { UsccErrorCode, UsccResult } from './uscc.js';
/** Licence plates (车牌号): ordinary and new-energy. */
export { PLATE_PROVINCES, formatPlate, normalizePlate, validatePlate } from './plate.js';
export type { PlateErrorCode, PlateKind, PlateResult } from './plate.js';
/** Telephone numbers: mobile, landline, hotline; tail digits for look-up. */
export { phoneTail, validateMobile, validatePhone } from './phone.js';
export type { PhoneKind, PhoneResult } from './phone.js';

/** Parts, English. Same keys as parts.zh-CN.ts. */
export const partsEn = {
  parts: {
    cols: { partNo: 'Part no.', name: 'Name', locations: 'Locations', onHand: 'On hand', reserved: 'Reserved', available: 'Available', backordered: 'Backordered', value: 'Value at cost' },
    lineStatus: { reserved: 'Reserved', short: 'Short', issued: 'Issued', released: 'Released' },
    adjust: 'Count', adjustTitle: 'Stock count: {{name}}', adjusted: 'Stock adjusted', avgCost: 'Average cost', avgValue: 'Average stock value {{value}}',
    confirmedAt: 'Confirmed', costRequired: 'Enter the unit cost', countedQty: 'Counted quantity', deleteLocation: 'Delete location {{code}}?', editLocation: 'Edit location',
    fillRate: 'Fill rate', fillRateDetail: 'Filled at pick: {{filled}} / {{picked}} lines', inactive: 'Inactive', issueCost: 'Issue cost', issued: 'Issued',
    location: 'Location', locationCode: 'Location code', locationCodeRule: '1–20 letters, digits or - (e.g. A-01-01)', locationName: 'Location name',
    locationRequired: 'Choose a location', newLocation: 'New location', noBackorders: 'No parts on backorder', noOrders: 'No work orders to pick for', partLines: 'Parts',
    pickAll: 'Issue all', pickAllConfirm: 'Issue everything reserved?', pickOrder: 'Choose a work order on the left', picked: 'Issued', pickingList: 'Picking list',
    pickingTitle: 'Picking list {{number}} {{plate}}', plate: 'Plate', qty: 'Quantity', qtyRequired: 'Enter a quantity', reason: 'Reason',
    reasonPlaceholder: 'e.g. month-end count, damaged', reasonRequired: 'Enter a reason', receipt: 'Receive', receiptTitle: 'Receive: {{name}}', received: 'Received',
    requested: 'Requested', return: 'Return', returnTitle: 'Return: {{name}}', returned: 'Returned to stock', searchPlaceholder: 'Part no. / name', short: 'Short',
    statsTitle: 'Parts KPIs', tabLocations: 'Locations', tabStock: 'Stock', toPick: 'To pick', turnover: 'Stock turnover', turnoverDetail: 'Annualized {{annual}}×',
    unitCost: 'Unit cost (¥)', unitCostHint: 'Moving weighted average cost', workOrder: 'Work order',
  },
};

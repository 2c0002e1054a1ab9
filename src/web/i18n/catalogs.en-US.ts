/** Labor-time catalog, labor rates, parts catalog, English. Same keys as catalogs.zh-CN.ts. */
export const catalogsEn = {
  catalog: {
    code: 'Code', codeRequired: 'Enter the code', codeRule: 'Code: 1–30 letters, digits or . _ -', laborName: 'Operation', nameRequired: 'Enter the name',
    trade: 'Trade', tradeRequired: 'Choose the trade', category: 'Repair category', defaultHours: 'Standard hours', hoursRequired: 'Enter the hours',
    hoursByFamily: 'Hours by model family', hoursByFamilyHint: 'Only where a model family differs from the standard hours; work orders pick them by the car\'s model family.',
    family: 'Model family, e.g. Lavida, ID.4', familyRequired: 'Enter the model family', addFamily: 'Add hours for a model family', sameForAll: 'Same for all models',
    active: 'Active', inactive: 'Inactive', laborNew: 'New operation', laborEdit: 'Edit operation: {{name}}', laborSearch: 'Code or name',
    laborEmpty: 'No labor operations yet.', laborEmptyCanEdit: 'No labor operations yet. Click "New operation", or fill in the template and import it.',
    noMatch: 'No matching records',
    ratesTitle: 'Labor rates (CNY / hour)', ratesHint: 'By trade and technician grade', ratesHintEdit: 'Saved when you press Enter or leave the field',
    ratePerHour: '{{grade}}', rateUnset: 'Not set', rateSaved: 'Saved: {{trade}} {{grade}} {{rate}}/h',
    partNo: 'Part no.', partNoRequired: 'Enter the part number', partNoRule: 'Part no.: 1–40 letters, digits or . / _ -', partName: 'Part name',
    brand: 'Brand', unit: 'Unit', unitRequired: 'Enter the unit', retailPrice: 'Retail price', costPrice: 'Cost price', priceRequired: 'Enter the price',
    genuine: 'Genuine part', genuineYes: 'Genuine', genuineNo: 'Aftermarket', partNew: 'New part', partEdit: 'Edit part: {{name}}', partSearch: 'Part no. or name',
    partsEmpty: 'No parts yet.', partsEmptyCanEdit: 'No parts yet. Click "New part", or fill in the template and import it.',
    import: 'Import', downloadTemplate: 'Template', laborTemplateName: 'labor-operations-template.xlsx', partsTemplateName: 'parts-template.xlsx',
    imported: '{{count}} rows imported', imported_one: '{{count}} row imported', importFailedTitle: 'Import failed',
    importNothing: 'The file has errors; nothing was imported. Fix the rows below and import again.',
    importRow: 'Row', importColumn: 'Column', importMessage: 'Problem',
    columns: {
      code: 'Code', name: 'Name', trade: 'Trade', category: 'Category', defaultHours: 'Standard hours', hoursByFamily: 'Hours by family',
      partNo: 'Part no.', unit: 'Unit', retailPriceFen: 'Retail price', costPriceFen: 'Cost price', isGenuine: 'Genuine', brand: 'Brand', file: 'File',
    },
  },
};

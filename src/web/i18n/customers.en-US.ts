/** Customers & vehicles and the global search, English. Same keys as customers.zh-CN.ts. */
export const customersEn = {
  search: {
    placeholder: 'Plate / last 6 of VIN / phone / name', vehicles: 'Vehicles', customers: 'Customers', noResult: 'No vehicle or customer found', minChars: 'Type at least 2 characters',
  },
  cust: {
    new: 'New customer', editTitle: 'Edit customer: {{name}}', detail: 'Customer', name: 'Name', companyName: 'Company name', nameRequired: 'Enter the customer name',
    kind: 'Type', kinds: { person: 'Person', company: 'Company' }, isVip: 'VIP customer', uscc: 'Unified social credit code',
    usccRequired: 'A company needs its unified social credit code', usccLength: 'The code has 18 characters', phone: 'Phone', address: 'Address', notes: 'Notes',
    contacts: 'Contacts', contactName: 'Contact name', contactNameRequired: 'Enter the contact name', contactPhone: 'Phone', contactRole: 'Role / relation',
    addContact: 'Add contact', noContacts: 'No contacts',
    vehicles: 'Vehicles', models: 'Models', warranty: 'Warranty', underWarrantyN: 'In warranty {{count}}', outOfWarrantyN: 'Expired {{count}}', noVehicles: 'No vehicles',
    searchPlaceholder: 'Name, phone, plate or VIN', noMatch: 'No matching customers', empty: 'No customers yet.',
    emptyCanEdit: 'No customers yet. Click "New customer" to register one, then add their vehicles.',
    vehiclesTab: 'Vehicles ({{count}})', noVehiclesYet: 'No vehicles registered.', noVehiclesCanEdit: 'No vehicles registered. Click "Add vehicle" (top right) to register the VIN and plate.',
    history: 'Repair history', noHistory: 'No repair records yet',
    hist: { number: 'Work order', receivedAt: 'Received', plate: 'Plate', type: 'Type', mileage: 'Mileage in', concerns: 'Concern', amount: 'Amount' },
  },
  vehicle: {
    add: 'Add vehicle', addFor: 'Add a vehicle for "{{name}}"', editTitle: 'Edit vehicle: {{name}}', book: 'Book',
    vin: 'VIN', vinHint: '17 characters, no I, O or Q; the check digit (9th) is verified', vinRequired: 'Enter the VIN',
    vinRule: 'A VIN has 17 letters or digits, without I, O or Q', vinCheckInvalid: 'Check digit does not match (confirmed)',
    vinConfirmTitle: 'VIN check digit does not match', vinConfirmContent: 'Please check the VIN on the vehicle plate or registration. Imported cars may have such VINs; save anyway?',
    vinConfirmOk: 'It is correct, save', vinConfirmCancel: 'Go back and fix',
    plate: 'Plate', plateHint: 'New-energy plates have 8 characters', noPlate: 'No plate', newEnergy: 'New-energy plate', brand: 'Brand', model: 'Model',
    modelFamily: 'Model family', modelFamilyHint: 'Matches the per-family standard hours; empty = same as the model', modelYear: 'Model year', yearN: 'MY {{year}}',
    mileage: 'Mileage', mileageHint: 'Mileage can only go up ({{km}} km on file)', purchasedOn: 'Purchased on', warranty: 'Vehicle warranty',
    warrantyUntil: 'Warranty until', warrantyKm: 'Warranty km', underWarranty: 'In warranty', outOfWarranty: 'Expired', warrantyUnknown: 'Unknown',
  },
};

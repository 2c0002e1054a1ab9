/** Repair e-health records. Merged into en-US. */
export const ehealthEn = {
  eh: {
    nav: 'Repair e-health records',
    statusLabel: 'Upload status',
    status: { failed: 'Failed', pending: 'Pending', sent: 'Sent', all: 'All' },
    workOrder: 'Work order',
    plate: 'Plate',
    settlement: 'Settlement no. · date',
    attempts: 'Attempts',
    lastError: 'Error / sent at',
    nextAt: 'retry at {{at}}',
    retry: 'Upload again',
    company: 'Repair company',
    mileage: 'Mileage',
    repairDate: 'Repair date',
    fault: 'Fault description',
    parts: 'Parts (name, code, quantity)',
    items: 'Repair items and hours',
  },
};

/** Gate release (exit passes). Merged into en-US. */
export const releaseEn = {
  gate: {
    search: 'Pass number / plate',
    number: 'Exit pass',
    plate: 'Plate',
    car: 'Model · customer',
    basis: 'Released as',
    bases: { settled: 'Paid', on_account: 'On account', internal: 'Internal order' },
    issuedAt: 'Issued',
    status: { issued: 'Waiting at the gate', exited: 'Left' },
    letOut: 'Let out',
    print: 'Print exit pass',
    checkTitle: 'Let out: exit pass {{number}}',
    checkHint: 'Check that the car’s plate matches the pass ({{plate}}); a pass lets one car out once.',
    plateSeen: 'Plate seen (optional)',
    plateSeenHint: 'When entered it must match the pass',
    exited: '{{plate}} has left',
    noneWaiting: 'No cars waiting at the gate',
    noneExited: 'No cars have left yet',
  },
};

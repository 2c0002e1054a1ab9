export const warrantyDemo = async () => {};

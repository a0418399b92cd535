export * from './organizations';
export * from './users';
export * from './clients';
export * from './supervision';
export * from './audit';
export * from './goals';
export * from './people';
export * from './sessions';

export * from './criteria-sheet';
export * from './validate-sheet';
export * from './criteria-sets';
export * from './sheets/1048-ruou-trang';
export * from './sheets/1048-thao-duoc-khac';
export * from './score-sheet';

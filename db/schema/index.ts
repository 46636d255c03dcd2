export * from "./identity";
export * from "./imports";
export * from "./metrics";
export * from "./orders";
export * from "./profiles";
export * from "./settings";
export * from "./sources";
export * from "./users";

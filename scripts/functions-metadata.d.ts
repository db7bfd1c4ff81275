// Types for functions-metadata.js (plain CommonJS, since webpack.config.js requires it).
export declare const FUNCTIONS_METADATA: string;
export declare const DEV_HOST_URL: string;
export declare function completeFunctionsMetadata<T extends object>(
  metadata: T,
  hostUrl?: string,
): T & { allowCustomDataForDataTypeAny: true; allowErrorForDataTypeAny: true };
export declare class CompleteFunctionsMetadataPlugin {
  constructor(options?: { hostUrl?: string });
  apply(compiler: unknown): void;
}

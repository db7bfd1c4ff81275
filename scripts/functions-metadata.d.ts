// Types for functions-metadata.js (plain CommonJS, since webpack.config.js requires it).
export declare const FUNCTIONS_METADATA: string;
export declare function completeFunctionsMetadata<T extends object>(metadata: T): T & { allowCustomDataForDataTypeAny: true; allowErrorForDataTypeAny: true };
export declare class CompleteFunctionsMetadataPlugin {
  apply(compiler: unknown): void;
}

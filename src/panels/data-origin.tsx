import { createContext, useContext } from 'react';
import type { DatasetOrigin } from '../data/dataset-source';

/**
 * Where the dataset on screen came from, for the exports: every file exported from a dataset that is not the shipped
 * one says where its figures came from (export-spec.ts). Provided by the page shell around the dashboard.
 */
const DataOriginContext = createContext<DatasetOrigin>({ kind: 'shipped' });

export const DataOriginProvider = DataOriginContext.Provider;

export const useDataOrigin = (): DatasetOrigin => useContext(DataOriginContext);

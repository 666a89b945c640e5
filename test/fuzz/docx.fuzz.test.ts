import { fuzzTest } from './fuzzTest';
import { docxTarget } from './targets/docxTarget';

fuzzTest(docxTarget);

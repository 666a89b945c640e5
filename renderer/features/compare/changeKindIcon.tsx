import {
  FileMinus2,
  FilePlus2,
  Gauge,
  Hash,
  Bold,
  Heading,
  Image,
  MoveVertical,
  Quote,
  Space,
  Table2,
  Type,
  type LucideIcon,
} from 'lucide-react';
import type { ChangeKind } from '../../../shared/redline';

const ICONS: Record<ChangeKind, LucideIcon> = {
  term: Gauge,
  wording: Type,
  'clause-moved': MoveVertical,
  'clause-inserted': FilePlus2,
  'clause-removed': FileMinus2,
  heading: Heading,
  number: Hash,
  punctuation: Quote,
  whitespace: Space,
  'table-cell': Table2,
  formatting: Bold,
  object: Image,
};

export function ChangeKindIcon({ kind, size = 14 }: { kind: ChangeKind; size?: number }) {
  const Icon = ICONS[kind];
  return <Icon size={size} aria-hidden className={`cmp-kind-icon cmp-kind-${kind}`} />;
}

// ASC X12 for the carrier exchange: segments as data, the ISA/GS/ST envelope written in chunks and
// read with its counts and control numbers checked, and the 999/TA1 acknowledgments as typed values.
export { segment, type Segment, type SegmentElement } from './segment.ts';
export { DEFAULT_SEPARATORS, separators, type Separators } from './separators.ts';
export { elementReference, writeSegment, writeSegments } from './write-segments.ts';
export { X12Error, type X12ErrorReason, type X12Location } from './x12-error.ts';
export { formatIsa, readIsa, type InterchangeHeader, type InterchangeParty } from './isa-segment.ts';
export {
  DEFAULT_CHUNK_CHARS,
  EnvelopeWriter,
  FUNCTIONAL_ID,
  IMPLEMENTATION,
  writeInterchange,
  writeInterchangeText,
  type EnvelopeOptions,
  type GroupHeader,
  type GroupInput,
  type InterchangeInput,
  type SmallInterchangeInput,
  type TransactionSetHeader,
  type TransactionSetInput,
} from './interchange.ts';
export {
  elementText,
  parseInterchange,
  readInterchange,
  readInterchangeBatches,
  type ParsedGroup,
  type ParsedInterchange,
  type ParsedTransactionSet,
  type ReadOptions,
  type ReadSegment,
} from './read-interchange.ts';
export * from './acknowledgment-codes.ts';
export {
  isAccepted,
  readAcknowledgments,
  readImplementationAcknowledgment,
  readTa1,
  type AcknowledgmentFile,
  type ElementNote,
  type ImplementationAcknowledgment,
  type InterchangeAcknowledgment,
  type SegmentNote,
  type TransactionSetResponse,
} from './acknowledgment.ts';
export {
  acceptingAcknowledgment,
  implementationAcknowledgmentBody,
  interchangeAcknowledgmentFor,
  ta1Segment,
  writeAcknowledgments,
  type AcknowledgmentInterchange,
} from './write-acknowledgment.ts';

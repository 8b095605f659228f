// What the register's forms share: the member they are for (for the title and back link), and
// numbers typed in a box.
import { ZStaffMember, type StaffMember } from '@everyday/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { useResource } from '../hooks/use-resource.js';

/** Loads the member named in the address, then shows the form for them. */
export function ForMember({ children }: { children: (member: StaffMember) => ReactNode }) {
  const { userId = '' } = useParams();
  const member = useResource(`/api/planning/staff/${userId}`, ZStaffMember);
  if (member.status === 'failed') return <LoadFailure error={member.error} />;
  if (member.data === null) return <Loading />;
  return <>{children(member.data)}</>;
}

/** A number as typed ("0.8", "1,5" is not one), or null. */
export function typedNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+(\.\d+)?$/.test(trimmed) || /^\.\d+$/.test(trimmed) ? Number(trimmed) : null;
}

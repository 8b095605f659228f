import type { AssessmentSection } from '@everyday/core';
import type { AssessmentValues } from './assessment-values.js';
import { CfsSection } from './sections/CfsSection.js';
import { CopmSection } from './sections/CopmSection.js';
import { EfiSection } from './sections/EfiSection.js';
import { Eq5dSection } from './sections/Eq5dSection.js';
import { FallsSection } from './sections/FallsSection.js';
import { HomeSection } from './sections/HomeSection.js';
import { ItemsSection } from './sections/ItemsSection.js';
import {
  BloodTestsSection,
  MemoryClinicSection,
  MiniCogSection,
  SixCitSection,
} from './sections/MemorySections.js';
import { WorkSection } from './sections/WorkSection.js';

interface AssessmentSectionFieldsProps {
  section: AssessmentSection;
  values: AssessmentValues;
  onChange: (values: AssessmentValues) => void;
  errors: Partial<Record<string, string>>;
}

/** The fields of one instrument of the assessment form. */
export function AssessmentSectionFields({
  section,
  values,
  onChange,
  errors,
}: AssessmentSectionFieldsProps) {
  const part = <S extends AssessmentSection>(s: S) => ({
    value: values[s],
    onChange: (next: AssessmentValues[S]) => {
      onChange({ ...values, [s]: next });
    },
    errors,
  });
  switch (section) {
    case 'eq5d5l':
      return <Eq5dSection {...part('eq5d5l')} />;
    case 'copm':
      return <CopmSection {...part('copm')} />;
    case 'cfs':
      return <CfsSection {...part('cfs')} />;
    case 'falls':
      return <FallsSection {...part('falls')} />;
    case 'home':
      return <HomeSection {...part('home')} />;
    case 'efi':
      return <EfiSection {...part('efi')} />;
    case 'phq9':
      return <ItemsSection section="phq9" {...part('phq9')} />;
    case 'gad7':
      return <ItemsSection section="gad7" {...part('gad7')} />;
    case 'work':
      return <WorkSection {...part('work')} />;
    case 'sixCit':
      return <SixCitSection {...part('sixCit')} />;
    case 'miniCog':
      return <MiniCogSection {...part('miniCog')} />;
    case 'bloodTests':
      return <BloodTestsSection {...part('bloodTests')} />;
    case 'memoryClinic':
      return <MemoryClinicSection {...part('memoryClinic')} />;
  }
}

import type { ReactNode } from 'react';
import { classNames } from './class-names.js';

type TagColour =
  | 'white'
  | 'grey'
  | 'green'
  | 'aqua-green'
  | 'blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return (
    <strong className={classNames('nhsuk-tag', colour && `nhsuk-tag--${colour}`)}>
      {children}
    </strong>
  );
}

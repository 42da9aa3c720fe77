// The public plans area: /plans, "Browse plans", open to everyone, signed in or not. Its strings are the
// plans namespace (locales/<lang>/plans.json), loaded with this chunk.
import { Route, Routes } from 'react-router';
import { BrowsePlansPage } from './browse-plans-page.tsx';

export default function PlansArea() {
  return (
    <Routes>
      <Route index element={<BrowsePlansPage />} />
      <Route path="*" element={<BrowsePlansPage />} />
    </Routes>
  );
}
